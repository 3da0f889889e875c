import { defineCodeList } from "../define-code-list.js";

/** Part a person played in the trafficking process (HTCDS per_RoleInProcess, extended with organised-crime roles). */
export const perpetratorRole = defineCodeList("perpetrator_role", {
  travelling_partner: { htcds: ["TravellingPartner"] },
  transporter: { htcds: ["Transporter"] },
  recruiter_or_intermediary: { htcds: ["RecruiterOrIntermediary"] },
  broker_travel_agent: { htcds: ["BrokerTravelAgent"] },
  transferred_individual: { htcds: ["TransferredIndividual"] },
  harboured_individual: { htcds: ["HarbouredIndividual"] },
  sold_individual: { htcds: ["SoldIndividual"] },
  bought_individual: { htcds: ["BoughtIndividual"] },
  received_individual: { htcds: ["ReceivedIndividual"] },
  controlled_individual: { htcds: ["ControlledIndividual"] },
  smuggler: { htcds: ["Smuggler"] },
  abuser: { htcds: ["Abuser"] },
  kidnapper: { htcds: ["Kidnapper"] },
  exploiter: { htcds: ["Exploiter"] },
  organiser: {},
  financier: {},
  money_launderer: {},
  other: { htcds: ["Other"] },
});
