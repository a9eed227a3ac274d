package org.orderdesk.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every translated file exists in Russian and in English, with the same keys: the resource bundles of all modules
 * (a key missing in one language shows as ???key??? to its readers, or falls back to the other language) and the
 * mail templates (a template missing in one language fails the mail when it is rendered; a placeholder missing in
 * one stays unfilled). Reads the sources of every module, so that a new bundle or template is checked without
 * being listed here; Spring PetClinic's I18nPropertiesSyncTest is the model.
 */
class TranslationsInSyncTest {

    private static final List<String> LANGUAGES = List.of("ru", "en");
    /** NAME_ru.ext: the translated files. */
    private static final Pattern TRANSLATED = Pattern.compile("(.+)_(ru|en)(\\.[a-z]+)");
    /** {{key}} and {{{key}}}, as MailTemplates fills them. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\{?([a-zA-Z]+)}}}?");

    /** The project's root: the tests of a module run in its folder. */
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyTranslatedFileExistsInEveryLanguage() throws IOException {
        List<Path> translated = translatedFiles();
        Set<String> missing = new TreeSet<>();
        for (Path file : translated) {
            for (String language : LANGUAGES) {
                Path twin = inLanguage(file, language);
                if (!Files.exists(twin)) {
                    missing.add(PROJECT.relativize(twin).toString());
                }
            }
        }

        assertTrue(translated.size() > 40, "translated files found: " + translated.size());
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        List<Path> russianBundles = inRussian(".properties");
        assertFalse(russianBundles.isEmpty());
        for (Path russian : russianBundles) {
            assertSameKeys(russian, TranslationsInSyncTest::bundleKeys);
        }
    }

    @Test
    void everyMailTemplateHasTheSamePlaceholdersInEveryLanguage() throws IOException {
        List<Path> russianTemplates = Stream.concat(inRussian(".txt").stream(), inRussian(".html").stream())
                .filter(file -> file.getParent().endsWith("mail-templates")).toList();
        assertFalse(russianTemplates.isEmpty());
        for (Path russian : russianTemplates) {
            assertSameKeys(russian, TranslationsInSyncTest::placeholders);
        }
    }

    private interface Keys {
        Set<String> of(Path file) throws IOException;
    }

    private static void assertSameKeys(Path russian, Keys keys) throws IOException {
        Set<String> russianKeys = keys.of(russian);
        for (String language : LANGUAGES) {
            Path twin = inLanguage(russian, language);
            Set<String> twinKeys = keys.of(twin);
            assertEquals(Set.of(), difference(russianKeys, twinKeys),
                    "in " + PROJECT.relativize(russian) + " only, not in " + twin.getFileName());
            assertEquals(Set.of(), difference(twinKeys, russianKeys),
                    "in " + PROJECT.relativize(twin) + " only, not in " + russian.getFileName());
        }
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }

    private static Set<String> bundleKeys(Path file) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle.stringPropertyNames();
    }

    private static Set<String> placeholders(Path file) throws IOException {
        Matcher matcher = PLACEHOLDER.matcher(Files.readString(file, StandardCharsets.UTF_8));
        Set<String> keys = new TreeSet<>();
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static List<Path> inRussian(String extension) throws IOException {
        return translatedFiles().stream()
                .filter(file -> file.getFileName().toString().endsWith("_ru" + extension)).toList();
    }

    private static Path inLanguage(Path file, String language) {
        Matcher name = TRANSLATED.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException(file + " is not a translated file");
        }
        return file.resolveSibling(name.group(1) + "_" + language + name.group(3));
    }

    /** The translated files in every module's main resources. */
    private static List<Path> translatedFiles() throws IOException {
        try (Stream<Path> modules = Files.list(PROJECT)) {
            return modules.map(module -> module.resolve("src/main/resources")).filter(Files::isDirectory)
                    .flatMap(TranslationsInSyncTest::filesUnder)
                    .filter(file -> TRANSLATED.matcher(file.getFileName().toString()).matches())
                    .sorted().toList();
        }
    }

    private static Stream<Path> filesUnder(Path resources) {
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
