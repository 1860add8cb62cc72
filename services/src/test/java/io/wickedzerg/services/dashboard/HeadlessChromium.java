package io.wickedzerg.services.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} driven by its {@code chromium-driver}, headless. Both are found on the
 * machine (CHROME_BIN / CHROMEDRIVER, else the Debian paths, else PATH); Selenium never downloads a
 * browser or driver. Without them the test fails, saying what to install: CI installs them, so a
 * missing browser is a broken machine, not a reason to skip.
 */
final class HeadlessChromium {

    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private HeadlessChromium() {
    }

    static ChromeDriver start(int width, int height) {
        Path browser = find("CHROME_BIN", "/usr/bin/chromium", "chromium")
                .orElseThrow(() -> new AssertionError("chromium is not installed (not at $CHROME_BIN, /usr/bin/chromium"
                        + " or on PATH); install it with: " + INSTALL + " (.ci/run does this)"));
        Path driver = find("CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver")
                .orElseThrow(() -> new AssertionError("chromedriver is not installed (not at $CHROMEDRIVER,"
                        + " /usr/bin/chromedriver or on PATH); install it with: " + INSTALL
                        + " (.ci/run does this)"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--hide-scrollbars", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> find(String env, String debianPath, String command) {
        String given = System.getenv(env);
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        if (Files.isExecutable(Path.of(debianPath))) {
            return Optional.of(Path.of(debianPath));
        }
        String path = System.getenv("PATH");
        return path == null ? Optional.empty() : Stream.of(path.split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst();
    }
}
