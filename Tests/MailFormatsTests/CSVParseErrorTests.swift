import Testing
@testable import MailFormats

@Suite struct CSVParseErrorTests {
    @Test(arguments: [
        (CSVParseError.Kind.unterminatedQuote, "line 4, column 2 (row 3, field 1): quoted field is never closed; add the closing \""),
        (.textAfterClosingQuote, "line 4, column 2 (row 3, field 1): text after a closing quote; a quoted field must end at a comma or line break"),
        (.quoteInUnquotedField, "line 4, column 2 (row 3, field 1): quote inside an unquoted field; quote the whole field and double the quote (\"\")"),
    ])
    func saysWhereAndWhatToDo(kind: CSVParseError.Kind, description: String) {
        #expect(CSVParseError(kind: kind, record: 3, field: 1, line: 4, column: 2).description == description)
    }
}
