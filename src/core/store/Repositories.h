#pragma once

#include "AnonymisationRepository.h"
#include "AttachmentRepository.h"
#include "CpdTextRepository.h"
#include "CaseRepository.h"
#include "ChainRepository.h"
#include "Database.h"
#include "EvidenceRepository.h"
#include "FactsReader.h"
#include "JudgementRepository.h"
#include "PlanRepository.h"
#include "ProfileRepository.h"
#include "SessionRepository.h"
#include "TeamRepository.h"

namespace waymark::store {

// The open file and one repository per aggregate, each doing its SQL through db.
struct Repositories
{
    Database db;
    ProfileRepository profile{db};
    EvidenceRepository evidence{db};
    AttachmentRepository attachments{db, evidence};
    ChainRepository chain{db};
    JudgementRepository judgements{db, evidence, chain};
    CaseRepository cases{db, chain};
    SessionRepository sessions{db};
    PlanRepository plan{db};
    CpdTextRepository cpdTexts{db};
    AnonymisationRepository anonymisation{db};
    FactsReader facts{db, profile, judgements};
    TeamRepository team{db};
};

} // namespace waymark::store
