package com.concierge.web.archfixture.alpha.internal;

public class AlphaSecret {
    public static String value() {
        return "secret";
    }
}
