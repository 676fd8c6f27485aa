import Testing
import SMSDomain

@Test(arguments: [
    (NationalNumberingPlan.germany, "DE", "49", "0"),
    (.austria, "AT", "43", "0"),
    (.switzerland, "CH", "41", "0"),
    (.unitedKingdom, "GB", "44", "0"),
    (.ireland, "IE", "353", "0"),
    (.france, "FR", "33", "0"),
    (.netherlands, "NL", "31", "0"),
    (.belgium, "BE", "32", "0"),
    (.sweden, "SE", "46", "0"),
    (.finland, "FI", "358", "0"),
    (.australia, "AU", "61", "0"),
    (.newZealand, "NZ", "64", "0"),
    (.southAfrica, "ZA", "27", "0"),
    (.india, "IN", "91", "0"),
    (.japan, "JP", "81", "0"),
    (.unitedStates, "US", "1", "1"),
    (.canada, "CA", "1", "1"),
] as [(NationalNumberingPlan, String, String, String)])
func predefinedPlans(plan: NationalNumberingPlan, region: String, callingCode: String, trunk: String) {
    #expect(plan.regionCode == region)
    #expect(plan.countryCallingCode == callingCode)
    #expect(plan.trunkPrefix == trunk)
    #expect(NationalNumberingPlan.all.contains(plan))
    #expect(NationalNumberingPlan.forRegion(region) == plan)
}

@Test func everyPredefinedPlanIsListedOnce() {
    #expect(NationalNumberingPlan.all.count == 17)
    #expect(Set(NationalNumberingPlan.all.map(\.regionCode)).count == 17)
}

@Test(arguments: [("de", "DE"), ("Gb", "GB"), ("us", "US"), ("au", "AU")])
func forRegionIgnoresCase(iso2: String, expected: String) {
    #expect(NationalNumberingPlan.forRegion(iso2)?.regionCode == expected)
}

@Test(arguments: ["XX", "", "DEU", "IT", "UK"])
func forRegionWithoutPlan(iso2: String) {
    #expect(NationalNumberingPlan.forRegion(iso2) == nil)
}

/// Each plan's calling code resolves to the plan's region, except Canada, which shares +1 and is reported as US.
@Test(arguments: NationalNumberingPlan.all)
func planCallingCodesResolveToTheirRegion(plan: NationalNumberingPlan) {
    let found = E164.regionCode(forCallingCodeOf: plan.countryCallingCode)
    #expect(found?.callingCode == plan.countryCallingCode)
    #expect(found?.region == (plan.regionCode == "CA" ? "US" : plan.regionCode))
}

@Test func customPlan() throws {
    let italy = NationalNumberingPlan(regionCode: "IT", countryCallingCode: "39", trunkPrefix: "")
    #expect(throws: PhoneNumberError.trunkPrefixMismatch("06 1234 5678", regionCode: "IT")) {
        try E164.normalize("06 1234 5678", plan: italy)
    }
    let mexico = NationalNumberingPlan(regionCode: "MX", countryCallingCode: "52", trunkPrefix: "0")
    #expect(try E164.normalize("055 1234 5678", plan: mexico).e164 == "+525512345678")
}
