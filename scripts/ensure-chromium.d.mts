/** Path of a usable Chromium, installing Debian's package when missing and running as root. */
export declare function ensureChromium(): string;
