import CFontconfig
import Foundation

/// Makes fontconfig use Chronicle's bundled `fonts.conf` before Pango is first used, so output
/// depends only on the fonts the project chose (DejaVu and Noto from Debian packages).
///
/// When `FONTCONFIG_FILE` is already set (the Makefile sets it to the project's `Fonts/fonts.conf`),
/// that file is honoured instead.
///
/// ```swift
/// FontSetup.ensure()   // idempotent; every measurer and exporter calls it
/// ```
public enum FontSetup {
    /// The configuration file in use, or nil when the bundled one could not be loaded.
    public static var configFile: String? { state.file }

    public static func ensure() { _ = state }

    private static let state: (file: String?, loaded: Bool) = {
        if let preset = ProcessInfo.processInfo.environment["FONTCONFIG_FILE"], !preset.isEmpty {
            return (preset, true)
        }
        guard let url = Bundle.module.url(forResource: "fonts", withExtension: "conf", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "fonts", withExtension: "conf") else { return (nil, false) }
        guard let config = FcConfigCreate() else { return (nil, false) }
        let ok = url.path.withCString { path in
            path.withMemoryRebound(to: FcChar8.self, capacity: strlen(path) + 1) { FcConfigParseAndLoad(config, $0, FcTrue) }
        }
        guard ok == FcTrue, FcConfigBuildFonts(config) == FcTrue, FcConfigSetCurrent(config) == FcTrue else {
            FcConfigDestroy(config)
            return (nil, false)
        }
        // The current configuration now holds a reference; ours is released.
        FcConfigDestroy(config)
        return (url.path, true)
    }()
}
