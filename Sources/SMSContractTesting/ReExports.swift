// `import SMSContractTesting` is enough to name what its API hands out: requests and responses
// (Wire), JSON values (StructuredData), providers, outbox and journal entries (Providers), and
// callback receivers, live targets and spec runs (ContractHarness).
@_exported import ContractHarness
@_exported import Providers
@_exported import StructuredData
@_exported import Wire
