import Foundation

/// Where live runs keep state shared by every run on the machine (the ledger of counted requests):
/// `SMSCONTRACT_STATE_DIR` when set, else the user's cache folder — `~/Library/Caches/smscontract`
/// on macOS, `$XDG_CACHE_HOME/smscontract` or `~/.cache/smscontract` elsewhere.
public enum LiveStateDirectory {
    /// The state directory for `environment` (read for `SMSCONTRACT_STATE_DIR`, `XDG_CACHE_HOME` and `HOME`).
    public static func resolve(environment: [String: String]) -> String {
        if let explicit = environment["SMSCONTRACT_STATE_DIR"], !explicit.isEmpty { return explicit }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        #if canImport(Darwin)
        return home + "/Library/Caches/smscontract"
        #else
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/smscontract" }
        return home + "/.cache/smscontract"
        #endif
    }
}
