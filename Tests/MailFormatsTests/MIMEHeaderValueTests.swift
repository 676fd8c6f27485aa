import Testing
@testable import MailFormats

@Suite struct MIMEHeaderValueTests {
    @Test(arguments: [
        ("text/plain", "text/plain", [String: String]()),
        ("Text/HTML; Charset=\"UTF-8\"", "text/html", ["charset": "UTF-8"]),
        ("multipart/mixed;\r\n boundary=\"===============0275023882190112331==\"", "multipart/mixed", ["boundary": "===============0275023882190112331=="]),
        ("attachment; filename=\"a \\\"quoted\\\" name.csv\"", "attachment", ["filename": "a \"quoted\" name.csv"]),
        ("attachment; filename=unquoted name.csv", "attachment", ["filename": "unquoted name.csv"]),
        ("attachment; filename=report(1).csv", "attachment", ["filename": "report(1).csv"]),
        ("text/plain (a comment); charset=us-ascii (another)", "text/plain", ["charset": "us-ascii (another)"]),
        ("attachment; filename*=utf-8''Liste%20f%C3%BCr%20M%C3%A4rz.csv", "attachment", ["filename": "Liste für März.csv"]),
        ("attachment; filename*=iso-8859-1'de'M%E4rz.csv", "attachment", ["filename": "März.csv"]),
        ("attachment; filename*0=\"long \"; filename*1=\"name.csv\"", "attachment", ["filename": "long name.csv"]),
        ("attachment; filename*0*=utf-8''M%C3%A4; filename*1*=rz; filename*2=\".csv\"", "attachment", ["filename": "März.csv"]),
        ("attachment; filename=\"plain.csv\"; filename*=utf-8''ext%C3%A9.csv", "attachment", ["filename": "exté.csv"]),
        ("attachment; ; novalue; =x; size=3", "attachment", ["size": "3"]),
        ("text/plain; charset=\"unterminated", "text/plain", ["charset": "unterminated"]),
        ("", "", [:]),
    ])
    func parsesValuesAndParameters(text: String, value: String, parameters: [String: String]) {
        let parsed = MIMEHeaderValue(text)
        #expect(parsed.value == value)
        #expect(parsed.parameters == parameters)
    }
}
