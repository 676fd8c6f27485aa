// check: Tests/ContractHarnessTests/Fuzzing/HTTPRequestFuzzing.swift
typealias FuzzTarget = HTTPRequestFuzzing
