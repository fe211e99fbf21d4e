//! The seed's Strategist Track: four quarters and their activities, copied into every new plan
//! as editable milestones.

pub struct QuarterTemplate {
    pub focus: &'static str,
    pub milestones: &'static [&'static str],
}

pub const STRATEGIST_TRACK: [QuarterTemplate; 4] = [
    QuarterTemplate {
        focus: "Business context",
        milestones: &[
            "Shadow product",
            "Attend board meetings",
            "Learn the P&L",
            "Present a feature using business metrics",
        ],
    },
    QuarterTemplate {
        focus: "Strategic thinking",
        milestones: &[
            "Participate in planning",
            "Own priority decisions",
            "Present to executives",
            "Write an executive brief",
        ],
    },
    QuarterTemplate {
        focus: "Cross-functional leadership",
        milestones: &[
            "Lead an initiative across product, design and engineering",
            "Manage stakeholders",
            "Navigate conflicts",
        ],
    },
    QuarterTemplate {
        focus: "Teaching and influence",
        milestones: &[
            "Mentor others on strategic thinking",
            "Build consensus through RFCs",
            "Present at all-hands",
        ],
    },
];
