/** Fixed ids shared by the example records, so the examples reference each other like a real bundle. */
export const EXAMPLE_IDS = {
  case: "6f1c2a9e-3b7d-4c1e-9a2f-1d4e5b6c7a80",
  victim: "2b8e4f10-5c3a-4d7e-8f19-0a1b2c3d4e5f",
  perpetrator: "9a7c5e31-1f2d-4b6a-8c4e-3d2f1a0b9c8d",
  agencyOrigin: "c3d2e1f0-a9b8-4c7d-9e6f-5a4b3c2d1e0f",
  agencyDestination: "0e1d2c3b-4a59-4687-b6a5-9c8d7e6f5a4b",
  referral: "5d4c3b2a-1908-4f7e-8d6c-5b4a39281706",
  consent: "7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098",
  bundle: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
  aggregate: "8b7a6c5d-4e3f-4a21-9b0c-d1e2f3a4b5c6",
  aggregateSuppressed: "3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e5f6",
  operation: "3d515082-d21d-4dae-a986-a97a602c744f",
  financialInquiry: "bb9c1cf6-eb0e-448a-b7e7-922bf4cb79ca",
  legalAssistanceRequest: "42844f12-2e40-4ade-b860-9c4bc307d38d",
  criminalGroup: "56bae463-9548-40ea-86b2-5c49f8d3b938",
  preventionActivity: "c1e267e4-d931-4078-bbef-4f76386dbac5",
} as const;
