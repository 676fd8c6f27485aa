import Foundation
@testable import Providers
import Testing

@Suite struct IovoxActivityIDGeneratorTests {
    @Test func theDocumentsExampleIsAVersion1UUIDOfItsParts() {
        let id = IovoxActivityIDGenerator.format(timestamp: 0x1E6_A835_D454_CFE0, clockSequence: 0x1852, node: 0xD43D_7ED6_CE4C)
        #expect(id == "d454cfe0-a835-11e6-9852-d43d7ed6ce4c")
    }

    @Test func idsFollowTheClockAndNeverRepeat() throws {
        var generator = IovoxActivityIDGenerator()
        let date = Date(timeIntervalSince1970: 1_478_822_400)  // 2016-11-11, the example's day
        let first = generator.next(at: date)
        let second = generator.next(at: date)
        let later = generator.next(at: date.addingTimeInterval(60))
        #expect(first != second)
        #expect(Set([first, second, later]).count == 3)
        for id in [first, second, later] {
            let uuid = try #require(UUID(uuidString: id))
            #expect(uuid.uuidString.lowercased() == id)
            #expect(Array(id)[14] == "1")
            #expect("89ab".contains(Array(id)[19]))
        }
        #expect(first.split(separator: "-")[2] == "11e6")
        #expect(first.split(separator: "-").suffix(2) == second.split(separator: "-").suffix(2))
    }

    @Test func theNodeHasTheMulticastBitSet() throws {
        var generator = IovoxActivityIDGenerator()
        let node = try #require(generator.next(at: Date()).split(separator: "-").last)
        let firstOctet = try #require(UInt8(node.prefix(2), radix: 16))
        #expect(firstOctet & 0x01 == 0x01)
    }
}
