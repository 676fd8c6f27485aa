/// Area codes of the North American Numbering Plan that the calling-code table needs by region.
///
/// NANP numbers are +1, a three-digit area code (NPA, first digit 2–9), a three-digit exchange (first
/// digit 2–9) and four digits. Members with their own ISO code other than Canada are listed in
/// ``CallingCodeTable/rows`` (1242 → BS, …).
enum NANPAreaCodes {
    /// Canada's area codes, geographic and non-geographic (600, 622, 633, 644, 655, 677, 688), as the
    /// Canadian Numbering Administrator (CNAC) lists them in service or assigned; 879, 428, 683, 742,
    /// 753, 368 and 257 are the overlays added since 2020.
    static let canada: [String] = [
        "204", "226", "236", "249", "250", "257", "263", "289", "306", "343", "354", "365", "367", "368", "382",
        "403", "416", "418", "428", "431", "437", "438", "450", "460", "468", "474", "506", "514", "519", "548",
        "579", "581", "584", "587", "600", "604", "613", "622", "633", "639", "644", "647", "655", "672", "677",
        "683", "688", "705", "709", "742", "753", "778", "780", "782", "807", "819", "825", "867", "873", "879",
        "902", "905", "942",
    ]

    /// Whether ten national digits have the NANP shape: area code and exchange each starting 2–9.
    static func isNationalNumber(_ digits: some Collection<Unicode.Scalar>) -> Bool {
        let scalars = Array(digits)
        guard scalars.count == 10, scalars.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        return ("2"..."9").contains(scalars[0]) && ("2"..."9").contains(scalars[3])
    }
}
