// check: Tests/ContractHarnessTests/Fuzzing/SegmenterFuzzing.swift
typealias FuzzTarget = SegmenterFuzzing
