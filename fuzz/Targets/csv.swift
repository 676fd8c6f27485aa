// Fuzz target: the CSV reader (quoted fields, doubled quotes, CRLF, LF and CR line ends).
import MailFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let rows = try? CSVReader.parse(bytes) {
        precondition(rows.allSatisfy { !$0.isEmpty }, "a row with no fields")
    }
    return 0
}
