"""Groups of PLOVER actor sectors that several event rules share, defined once so that the rules agree on who is
armed, which are a state's forces or its bodies, and which are civilian groups."""

ARMED = {"MIL", "COP", "REB", "PRM", "UAF"}  # state forces and non-state armed groups (criminals left out)
STATE_FORCES = {"MIL", "COP"}  # a state's army and police: the forces it orders, sends or withdraws
STATE_BODIES = {"GOV", "MIL", "COP", "JUD", "LEG"}  # a state's government, forces, courts and legislature
CIVILIAN_GROUPS = {"LAB", "EDU", "MED", "CVL", "AGR", "BUS", "OPP", "JRN", "REF"}  # unions, students, press, people ...
POLITICAL = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "ELI", "IGO", "UNO", "SPY", "PRM", "REB", "UAF", "INS",
             "NGO"}  # states, official bodies, parties, politicians and armed groups: who acts politically
