// check: Tests/ContractHarnessTests/Fuzzing/LoaderFuzzing.swift
typealias FuzzTarget = CassetteLoaderFuzzing
