package com.concierge.web.pages;

import com.concierge.kernel.files.FileFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A console upload of a CSV or JSON file, read as UTF-8 text, or the sentence that says why not. */
record Uploads(FileFormat format, String text, String error) {

    /** 50 MB, as the import API takes: about 100,000 products of CSV. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    /** @param instead what to do with a file that is too large ("use the import command (ops/catalog)") */
    static Uploads read(FileUpload file, String instead) {
        if (file == null || file.fileName() == null || file.fileName().isBlank() || file.size() == 0) {
            return failed("Choose a CSV or JSON file that is not empty.");
        }
        if (file.size() > MAX_BYTES) {
            return failed("The file has " + file.size() / (1024 * 1024) + " MB; at most 50 MB. Split it" + (instead == null ? "." : ", or " + instead + "."));
        }
        String name = file.fileName().toLowerCase(Locale.ROOT);
        Optional<FileFormat> format = name.endsWith(".csv") ? Optional.of(FileFormat.CSV) : name.endsWith(".json") ? Optional.of(FileFormat.JSON)
                : FileFormat.ofMediaType(file.contentType());
        if (format.isEmpty()) {
            return failed("\"" + file.fileName() + "\" is neither .csv nor .json.");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile()))).toString();
            return new Uploads(format.get(), text, null);
        } catch (CharacterCodingException e) {
            return failed("\"" + file.fileName() + "\" is not UTF-8 text. Save it as UTF-8 and upload it again.");
        } catch (IOException e) {
            return failed("The upload could not be read; send it again.");
        }
    }

    private static Uploads failed(String error) {
        return new Uploads(null, null, error);
    }
}
