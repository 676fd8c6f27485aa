import Foundation
@testable import Providers
import Testing

@Suite struct RoxDateTimeTests {
    @Test(arguments: [
        ("01-Jan-2030 00:00:01", -600, "2029-12-31T14:00:01Z"),
        ("01-Jan-2030 00:00:01", 0, "2030-01-01T00:00:01Z"),
        ("01-Jan-2030 00:00:01", 300, "2030-01-01T05:00:01Z"),
        ("01-Jan-2030 00:00:01", -330, "2029-12-31T18:30:01Z"),
        ("01-Jan-2030 00:00:01", -840, "2029-12-31T10:00:01Z"),
        ("01-Jan-2030 00:00:01", 720, "2030-01-01T12:00:01Z"),
        ("29-Feb-2032 12:00:00", -600, "2032-02-29T02:00:00Z"),
        ("29-Feb-2000 23:59:59", 0, "2000-02-29T23:59:59Z"),
        ("31-dec-2030 23:59:59", -600, "2030-12-31T13:59:59Z"),
        ("01-MAR-2030 09:30:00", 60, "2030-03-01T10:30:00Z"),
        ("01-Jan-1970 00:00:00", 0, "1970-01-01T00:00:00Z"),
    ])
    func sendLaterIsLocalTimeInTheOffset(text: String, offset: Int, utc: String) throws {
        let date = try #require(RoxDateTime.parseSendLater(text, timeZoneOffset: offset))
        #expect(RoxDateTime.isoSeconds(date) == utc)
    }

    @Test(arguments: [
        "2030-01-01 00:00:01", "1-Jan-2030 00:00:01", "01-Jan-30 00:00:01", "01-01-2030 00:00:01", "01-Jan-2030 00:00",
        "01-Jan-2030 0:00:01", "01-Jan-2030 24:00:00", "01-Jan-2030 23:60:00", "01-Jan-2030 23:59:60", "00-Jan-2030 00:00:00",
        "32-Jan-2030 00:00:00", "31-Apr-2030 00:00:00", "29-Feb-2031 00:00:00", "29-Feb-2100 00:00:00", "01-Jan-1969 00:00:00",
        "01-Foo-2030 00:00:01", "01-Jan-2030T00:00:01", "01 Jan 2030 00:00:01", " 01-Jan-2030 00:00:01", "01-Jan-2030 00:00:01 ",
        "01-Jan-2030 00:00:01 AM", "0x-Jan-2030 00:00:01", "01-Jän-2030 00:00:01", "",
    ])
    func otherShapesAndImpossibleDatesAreRefused(text: String) {
        #expect(RoxDateTime.parseSendLater(text, timeZoneOffset: -600) == nil)
    }

    @Test(arguments: [
        (1_726_807_153.819, "2024-09-20T04:39:13.819Z"),
        (0, "1970-01-01T00:00:00.000Z"),
        (951_782_400.5, "2000-02-29T00:00:00.500Z"),
        (1_893_455_999.9999, "2029-12-31T23:59:59.999Z"),
    ])
    func timestampsAreISO8601UTCWithMilliseconds(seconds: Double, text: String) {
        #expect(RoxDateTime.timestamp(Date(timeIntervalSince1970: seconds)) == text)
    }

    @Test func calendarArithmeticRoundTrips() {
        for days in stride(from: -1000, through: 60_000, by: 37) {
            let (year, month, day) = RoxDateTime.civilDate(daysSinceEpoch: days)
            #expect(RoxDateTime.daysSinceEpoch(year: year, month: month, day: day) == days)
        }
    }
}
