/**
 * The one deployable: HTTP resources ({@code api}), server-rendered pages ({@code pages}),
 * security, start-up checks and health ({@code platform}). It adapts; business rules live in the
 * modules, reached only through their {@code api} facades.
 */
package com.concierge.web;
