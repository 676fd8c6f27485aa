extension SpecResult {
    /// What to do when the traffic differs only from the cassette: the spec passed its own expectations, so an
    /// edited spec (or a deliberate change of the fake) needs its cassette re-recorded; nil otherwise.
    public var rerecordHint: String? {
        guard outcome == .failed, credentialRefusal == nil, !differences.isEmpty, differences.allSatisfy({ $0.source == .cassette }) else { return nil }
        return "only the cassette differs; if you edited the spec on purpose, re-record it: "
            + "swift run smscontract run --spec \(sourcePath) --record all (then review and commit the cassette)"
    }
}
