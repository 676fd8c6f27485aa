print("smscontract: not yet")
