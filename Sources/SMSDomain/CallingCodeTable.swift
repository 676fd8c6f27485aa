/// The ITU-T E.164 country calling codes (Annex to ITU Operational Bulletin, "List of ITU-T
/// Recommendation E.164 assigned country codes") with the ISO 3166-1 alpha-2 region of each.
///
/// Looked up by longest prefix, so codes several regions share are split by the digits after them:
/// - 1 (NANP): every member with its own ISO code by area code — Canada's area codes (CNAC's list,
///   ``NANPAreaCodes/canada``) → CA, the Caribbean and Pacific members (1242 → BS, …); the rest of
///   +1, the toll-free and other non-geographic NANP codes included, is US;
/// - 7: +7 6… and +7 7… are Kazakhstan (KZ), the rest Russia (RU);
/// - 44: Guernsey 441481, Jersey 441534, Isle of Man 441624 (fixed lines); the rest GB;
/// - 47 79 → SJ (Svalbard); 358 18 → AX (Åland); 599 3/4/7 → BQ; 262 269/639 → YT; 3906698 → VA;
///   672 1 → AQ; the rest of each code its main region (NO, FI, CW, RE, IT, NF);
/// - 61 → AU (also CX, CC); 64 → NZ (also PN); 212 → MA (also EH); 290 → SH (also TA);
///   590 → GP (also BL, MF): their numbers are not told apart by a short prefix.
/// Global (non-geographic) codes such as 800 and 882 have no region (nil).
/// 383 (Kosovo) maps to "XK", the code in common use although it is not assigned by ISO 3166.
enum CallingCodeTable {
    /// One row of the table.
    struct Entry: Sendable, Equatable {
        /// The prefix of the international digits that identifies the entry ("49", "1242").
        let prefix: String
        /// The country calling code proper ("49"; "1" for every NANP entry).
        let callingCode: String
        /// The ISO 3166-1 alpha-2 region, nil for global services.
        let region: String?
    }

    /// The longest prefix ``byLength`` indexes; longer ones (``longPrefixes``) are looked up by text.
    static let longestPrefix = 4

    /// The rows: prefix and region, nil region for global services.
    static let rows: [(prefix: String, region: String?)] = [
        // Zone 1: North American Numbering Plan. "1" alone is US; members with their own ISO code by area code.
        ("1", "US"),
        ("1242", "BS"), ("1246", "BB"), ("1264", "AI"), ("1268", "AG"), ("1284", "VG"), ("1340", "VI"),
        ("1345", "KY"), ("1441", "BM"), ("1473", "GD"), ("1649", "TC"), ("1658", "JM"), ("1664", "MS"),
        ("1670", "MP"), ("1671", "GU"), ("1684", "AS"), ("1721", "SX"), ("1758", "LC"), ("1767", "DM"),
        ("1784", "VC"), ("1787", "PR"), ("1809", "DO"), ("1829", "DO"), ("1849", "DO"), ("1868", "TT"),
        ("1869", "KN"), ("1876", "JM"), ("1939", "PR"),

        // Zone 2: Africa and some Atlantic/Indian Ocean territories.
        ("20", "EG"), ("211", "SS"), ("212", "MA"), ("213", "DZ"), ("216", "TN"), ("218", "LY"),
        ("220", "GM"), ("221", "SN"), ("222", "MR"), ("223", "ML"), ("224", "GN"), ("225", "CI"),
        ("226", "BF"), ("227", "NE"), ("228", "TG"), ("229", "BJ"), ("230", "MU"), ("231", "LR"),
        ("232", "SL"), ("233", "GH"), ("234", "NG"), ("235", "TD"), ("236", "CF"), ("237", "CM"),
        ("238", "CV"), ("239", "ST"), ("240", "GQ"), ("241", "GA"), ("242", "CG"), ("243", "CD"),
        ("244", "AO"), ("245", "GW"), ("246", "IO"), ("247", "AC"), ("248", "SC"), ("249", "SD"),
        ("250", "RW"), ("251", "ET"), ("252", "SO"), ("253", "DJ"), ("254", "KE"), ("255", "TZ"),
        ("256", "UG"), ("257", "BI"), ("258", "MZ"), ("260", "ZM"), ("261", "MG"), ("262", "RE"),
        ("263", "ZW"), ("264", "NA"), ("265", "MW"), ("266", "LS"), ("267", "BW"), ("268", "SZ"),
        ("269", "KM"), ("27", "ZA"), ("290", "SH"), ("291", "ER"), ("297", "AW"), ("298", "FO"),
        ("299", "GL"),
        // Zones 3 and 4: Europe.
        ("30", "GR"), ("31", "NL"), ("32", "BE"), ("33", "FR"), ("34", "ES"), ("350", "GI"),
        ("351", "PT"), ("352", "LU"), ("353", "IE"), ("354", "IS"), ("355", "AL"), ("356", "MT"),
        ("357", "CY"), ("358", "FI"), ("359", "BG"), ("36", "HU"), ("370", "LT"), ("371", "LV"),
        ("372", "EE"), ("373", "MD"), ("374", "AM"), ("375", "BY"), ("376", "AD"), ("377", "MC"),
        ("378", "SM"), ("379", "VA"), ("380", "UA"), ("381", "RS"), ("382", "ME"), ("383", "XK"),
        ("385", "HR"), ("386", "SI"), ("387", "BA"), ("389", "MK"), ("39", "IT"),
        ("40", "RO"), ("41", "CH"), ("420", "CZ"), ("421", "SK"), ("423", "LI"), ("43", "AT"),
        ("44", "GB"), ("45", "DK"), ("46", "SE"), ("47", "NO"), ("48", "PL"), ("49", "DE"),
        // Zone 5: South and Central America.
        ("500", "FK"), ("501", "BZ"), ("502", "GT"), ("503", "SV"), ("504", "HN"), ("505", "NI"),
        ("506", "CR"), ("507", "PA"), ("508", "PM"), ("509", "HT"), ("51", "PE"), ("52", "MX"),
        ("53", "CU"), ("54", "AR"), ("55", "BR"), ("56", "CL"), ("57", "CO"), ("58", "VE"),
        ("590", "GP"), ("591", "BO"), ("592", "GY"), ("593", "EC"), ("594", "GF"), ("595", "PY"),
        ("596", "MQ"), ("597", "SR"), ("598", "UY"), ("599", "CW"),
        // Zone 6: South-east Asia and Oceania.
        ("60", "MY"), ("61", "AU"), ("62", "ID"), ("63", "PH"), ("64", "NZ"), ("65", "SG"),
        ("66", "TH"), ("670", "TL"), ("672", "NF"), ("673", "BN"), ("674", "NR"), ("675", "PG"),
        ("676", "TO"), ("677", "SB"), ("678", "VU"), ("679", "FJ"), ("680", "PW"), ("681", "WF"),
        ("682", "CK"), ("683", "NU"), ("685", "WS"), ("686", "KI"), ("687", "NC"), ("688", "TV"),
        ("689", "PF"), ("690", "TK"), ("691", "FM"), ("692", "MH"),
        // Zone 7: Russia; Kazakhstan's numbers start +76 and +77.
        ("7", "RU"),
        // Zone 8: East Asia and global services.
        ("800", nil), // International Freephone
        ("808", nil), // International Shared Cost Service
        ("81", "JP"), ("82", "KR"), ("84", "VN"), ("850", "KP"), ("852", "HK"), ("853", "MO"),
        ("855", "KH"), ("856", "LA"), ("86", "CN"),
        ("870", nil), // Inmarsat
        ("878", nil), // Universal Personal Telecommunications
        ("880", "BD"),
        ("881", nil), // Global Mobile Satellite System
        ("882", nil), // International Networks
        ("883", nil), // International Networks
        ("886", "TW"),
        ("888", nil), // Telecommunications for Disaster Relief (OCHA)
        // Zone 9: West, Central and South Asia, Middle East.
        ("90", "TR"), ("91", "IN"), ("92", "PK"), ("93", "AF"), ("94", "LK"), ("95", "MM"),
        ("960", "MV"), ("961", "LB"), ("962", "JO"), ("963", "SY"), ("964", "IQ"), ("965", "KW"),
        ("966", "SA"), ("967", "YE"), ("968", "OM"), ("970", "PS"), ("971", "AE"), ("972", "IL"),
        ("973", "BH"), ("974", "QA"), ("975", "BT"), ("976", "MN"), ("977", "NP"),
        ("979", nil), // International Premium Rate Service
        ("98", "IR"),
        ("991", nil), // International Telecommunications Public Correspondence Service trial
        ("992", "TJ"), ("993", "TM"), ("994", "AZ"), ("995", "GE"), ("996", "KG"), ("998", "UZ"),
    ]

    /// Regions that share a calling code with the code's main region, by the digits after the code
    /// (see the type's documentation); Canada's area codes (``NANPAreaCodes/canada``) come on top.
    static let sharedCodeRows: [(prefix: String, callingCode: String, region: String)] = [
        ("76", "7", "KZ"), ("77", "7", "KZ"),
        ("4779", "47", "SJ"), ("35818", "358", "AX"), ("5993", "599", "BQ"), ("5994", "599", "BQ"), ("5997", "599", "BQ"),
        ("6721", "672", "AQ"), ("441481", "44", "GG"), ("441534", "44", "JE"), ("441624", "44", "IM"),
        ("262269", "262", "YT"), ("262639", "262", "YT"), ("3906698", "39", "VA"),
    ]

    /// The rows keyed by prefix, shared-code rows and Canada's area codes among them.
    static let entries: [String: Entry] = {
        var entries: [String: Entry] = [:]
        for row in rows {
            entries[row.prefix] = Entry(prefix: row.prefix, callingCode: row.prefix.hasPrefix("1") ? "1" : row.prefix, region: row.region)
        }
        for row in sharedCodeRows + NANPAreaCodes.canada.map({ ("1" + $0, "1", "CA") }) {
            entries[row.prefix] = Entry(prefix: row.prefix, callingCode: row.callingCode, region: row.region)
        }
        return entries
    }()

    /// The entries as a list, for ``byLength``.
    private static let entryList = Array(entries.values.filter { $0.prefix.utf8.count <= longestPrefix })

    /// The entries with prefixes longer than ``longestPrefix``, longest first.
    private static let longPrefixes = entries.values.filter { $0.prefix.utf8.count > longestPrefix }.sorted { $0.prefix.utf8.count > $1.prefix.utf8.count }

    /// The entries by prefix length and numeric value: `byLength[n - 1][Int(prefix)]` is 1 + the
    /// position in ``entryList`` of the n-digit prefix, 0 for none; a lookup needs no String or hash.
    private static let byLength: [[UInt16]] = {
        var tables = (1...longestPrefix).map { length in [UInt16](repeating: 0, count: power(10, length)) }
        for (position, entry) in entryList.enumerated() {
            guard let value = Int(entry.prefix) else { continue }
            tables[entry.prefix.utf8.count - 1][value] = UInt16(position + 1)
        }
        return tables
    }()

    private static func power(_ base: Int, _ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { product, _ in product * base }
    }

    /// The entry with the longest prefix of the digits, nil when none matches.
    static func entry<S: StringProtocol>(forDigits digits: S) -> Entry? {
        for entry in longPrefixes where digits.starts(with: entry.prefix) { return entry }
        // ASCII fast path: the leading ASCII digits (at most 4) read as a number. The byte after them
        // is checked too: a non-ASCII one could be a combining mark that makes the last digit another
        // character, and then the general path below decides.
        var count = 0
        var value = 0
        var asciiOnly = true
        for byte in digits.utf8.prefix(longestPrefix + 1) {
            guard byte < 0x80 else {
                asciiOnly = false
                break
            }
            guard count < longestPrefix, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { break }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            count += 1
        }
        if asciiOnly {
            for length in stride(from: count, to: 0, by: -1) {
                let slot = byLength[length - 1][value / power(10, count - length)]
                if slot > 0 { return entryList[Int(slot) - 1] }
            }
            return nil
        }
        var length = min(longestPrefix, digits.count)
        while length > 0 {
            if let entry = entries[String(digits.prefix(length))] { return entry }
            length -= 1
        }
        return nil
    }
}
