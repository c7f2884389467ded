namespace DoubleRandom.Domain.Common;

/// <summary>
/// The catalogue of business rules: every <see cref="Rule"/> check names one of these. The <c>code</c> strings are
/// a contract with clients (docs/problems.md) and never change; the Chinese and English texts of each entry are in
/// Application's <c>RuleTexts</c>, and a unit test proves every entry has both. Arguments are the values the text shows.
/// </summary>
public static class RuleCodes
{
    // Organization
    public static readonly RuleCode<string> UnitRetired = new("unit-retired", nameof(UnitRetired));
    public static readonly RuleCode<string> UnitAlreadyRetired = new("unit-retired", nameof(UnitAlreadyRetired));
    public static readonly RuleCode<string> UnitHasActiveChildren = new("unit-has-active-children", nameof(UnitHasActiveChildren));
    public static readonly RuleCode UnitParentCycle = new("unit-parent-cycle", nameof(UnitParentCycle));
    public static readonly RuleCode<string> UnitParentRetired = new("unit-parent-retired", nameof(UnitParentRetired));
    public static readonly RuleCode<string> DepartmentRetired = new("department-retired", nameof(DepartmentRetired));
    public static readonly RuleCode<string> DepartmentAlreadyRetired = new("department-retired", nameof(DepartmentAlreadyRetired));

    // Identity
    public static readonly RuleCode UserNeedsRole = new("user-needs-role", nameof(UserNeedsRole));
    public static readonly RuleCode UnknownRole = new("unknown-role", nameof(UnknownRole));
    public static readonly RuleCode ConfirmationSamePerson = new("confirmation-same-person", nameof(ConfirmationSamePerson));
    public static readonly RuleCode ConfirmationNotSupervisor = new("confirmation-not-supervisor", nameof(ConfirmationNotSupervisor));
    public static readonly RuleCode ConfirmationMissing = new("confirmation-missing", nameof(ConfirmationMissing));
    public static readonly RuleCode ConfirmationUsed = new("confirmation-used", nameof(ConfirmationUsed));
    public static readonly RuleCode ConfirmationExpired = new("confirmation-expired", nameof(ConfirmationExpired));
    public static readonly RuleCode ConfirmationForAnotherAction = new("confirmation-mismatch", nameof(ConfirmationForAnotherAction));
    public static readonly RuleCode ConfirmationForAnotherUser = new("confirmation-mismatch", nameof(ConfirmationForAnotherUser));

    // Rosters
    public static readonly RuleCode<string> TargetRetired = new("target-retired", nameof(TargetRetired));
    public static readonly RuleCode<string> TargetAlreadyRetired = new("target-retired", nameof(TargetAlreadyRetired));
    public static readonly RuleCode<string, int> TargetReferencedByDraw = new("target-referenced-by-draw", nameof(TargetReferencedByDraw));
    public static readonly RuleCode TargetWeightRange = new("target-weight-range", nameof(TargetWeightRange));
    public static readonly RuleCode TargetCapitalNegative = new("target-capital-negative", nameof(TargetCapitalNegative));
    public static readonly RuleCode RecusalPeriod = new("recusal-period", nameof(RecusalPeriod));
    public static readonly RuleCode RecusalNoteRequired = new("recusal-note-required", nameof(RecusalNoteRequired));
    public static readonly RuleCode CertificateDates = new("certificate-dates", nameof(CertificateDates));

    // Tasks
    public static readonly RuleCode ItemRetired = new("item-retired", nameof(ItemRetired));
    public static readonly RuleCode TaskFrozen = new("task-frozen", nameof(TaskFrozen));
    public static readonly RuleCode TaskNotDraft = new("task-not-draft", nameof(TaskNotDraft));
    public static readonly RuleCode TaskNotDrawn = new("task-not-drawn", nameof(TaskNotDrawn));
    public static readonly RuleCode TaskArchived = new("task-archived", nameof(TaskArchived));
    public static readonly RuleCode TaskAlreadyArchived = new("already-archived", nameof(TaskAlreadyArchived));
    public static readonly RuleCode ArchiveTaskNotClosed = new("archive-task-not-closed", nameof(ArchiveTaskNotClosed));
    public static readonly RuleCode<int, int> ArchiveOpenWork = new("archive-open-work", nameof(ArchiveOpenWork));
    public static readonly RuleCode ArchiveTaskNotPublished = new("archive-task-not-published", nameof(ArchiveTaskNotPublished));

    // Risk model (ADR 0029)
    public static readonly RuleCode RiskJobRunning = new("risk-job-running", nameof(RiskJobRunning));
    public static readonly RuleCode RiskJobFinished = new("risk-job-finished", nameof(RiskJobFinished));
    public static readonly RuleCode RiskNoActiveModel = new("risk-no-active-model", nameof(RiskNoActiveModel));
    public static readonly RuleCode<string, string> RiskNoLabelledRows = new("risk-no-labelled-rows", nameof(RiskNoLabelledRows));
    public static readonly RuleCode<string, string> RiskNoValidationRows = new("risk-no-validation-rows", nameof(RiskNoValidationRows));
    public static readonly RuleCode<int> RiskModelIncompatible = new("risk-model-incompatible", nameof(RiskModelIncompatible));
    public static readonly RuleCode<int> RiskModelDamaged = new("risk-model-damaged", nameof(RiskModelDamaged));
    public static readonly RuleCode<int> RiskModelUnweighted = new("risk-model-unweighted", nameof(RiskModelUnweighted));
    public static readonly RuleCode<string, string> RiskOneClass = new("risk-one-class", nameof(RiskOneClass));
    public static readonly RuleCode RiskJobFailed = new("risk-job-failed", nameof(RiskJobFailed));
    public static readonly RuleCode RiskJobInterrupted = new("risk-job-interrupted", nameof(RiskJobInterrupted));

    // Evaluation report (#17, ADR 0035)
    public static readonly RuleCode EvaluationReportNotReady = new("evaluation-report-not-ready", nameof(EvaluationReportNotReady));
    public static readonly RuleCode EvaluationReportFinished = new("evaluation-report-finished", nameof(EvaluationReportFinished));
    public static readonly RuleCode EvaluationReportFailed = new("evaluation-report-failed", nameof(EvaluationReportFailed));
    public static readonly RuleCode EvaluationReportInterrupted = new("evaluation-report-interrupted", nameof(EvaluationReportInterrupted));

    // Draws
    public static readonly RuleCode DrawAlreadyCommitted = new("draw-already-committed", nameof(DrawAlreadyCommitted));
    public static readonly RuleCode DrawAlreadyExecuted = new("draw-already-executed", nameof(DrawAlreadyExecuted));
    public static readonly RuleCode DrawNotExecuted = new("draw-not-executed", nameof(DrawNotExecuted));
    public static readonly RuleCode DrawAlreadyRevealed = new("draw-already-revealed", nameof(DrawAlreadyRevealed));
    public static readonly RuleCode DrawNotRevealed = new("draw-not-revealed", nameof(DrawNotRevealed));
    public static readonly RuleCode DrawNotSealedForAttachment = new("draw-not-sealed", nameof(DrawNotSealedForAttachment));
    public static readonly RuleCode DrawNotSealedForAmendment = new("draw-not-sealed", nameof(DrawNotSealedForAmendment));
    public static readonly RuleCode DrawNotSealedForRecord = new("draw-not-sealed", nameof(DrawNotSealedForRecord));
    public static readonly RuleCode DrawNotSealedForExport = new("draw-not-sealed", nameof(DrawNotSealedForExport));
    public static readonly RuleCode AmendmentReason = new("amendment-reason", nameof(AmendmentReason));
    public static readonly RuleCode AmendmentSameOfficer = new("amendment-same-officer", nameof(AmendmentSameOfficer));
    public static readonly RuleCode AmendmentDecided = new("amendment-decided", nameof(AmendmentDecided));
    public static readonly RuleCode AmendmentSamePerson = new("amendment-same-person", nameof(AmendmentSamePerson));
    public static readonly RuleCode OfficerNotEligible = new("officer-not-eligible", nameof(OfficerNotEligible));
    public static readonly RuleCode OfficerAlreadyInDraw = new("officer-already-in-draw", nameof(OfficerAlreadyInDraw));
    public static readonly RuleCode<IReadOnlyList<string>> ReplacementConflicted = new("officer-conflicted", nameof(ReplacementConflicted));
    public static readonly RuleCode GroupOfficerConflicted = new("officer-conflicted", nameof(GroupOfficerConflicted));
    public static readonly RuleCode TargetNotUnassigned = new("target-not-unassigned", nameof(TargetNotUnassigned));

    // Inspections
    public static readonly RuleCode<string> ResultCategoryRetired = new("result-category-retired", nameof(ResultCategoryRetired));
    public static readonly RuleCode RecordFinishedBeforeStarted = new("record-times", nameof(RecordFinishedBeforeStarted));
    public static readonly RuleCode RecordCoordinates = new("record-coordinates", nameof(RecordCoordinates));
    public static readonly RuleCode<Guid> RecordItemsIncomplete = new("record-items-incomplete", nameof(RecordItemsIncomplete));
    public static readonly RuleCode<Guid> RecordItemNotInTask = new("record-item-not-in-task", nameof(RecordItemNotInTask));
    public static readonly RuleCode RefusalReasonRequired = new("refusal-reason-required", nameof(RefusalReasonRequired));
    public static readonly RuleCode<int> RefusalWitnesses = new("refusal-witnesses", nameof(RefusalWitnesses));
    public static readonly RuleCode RecordTaskClosed = new("task-closed", nameof(RecordTaskClosed));
    public static readonly RuleCode RecordDrawNotSealed = new("draw-not-sealed", nameof(RecordDrawNotSealed));
    public static readonly RuleCode EvidenceTaskClosed = new("task-closed", nameof(EvidenceTaskClosed));

    // Follow-up (§7.1)
    public static readonly RuleCode FollowUpTransition = new("follow-up-transition", nameof(FollowUpTransition));
    // Corrections (§7.2)
    public static readonly RuleCode RecordFinal = new("record-final", nameof(RecordFinal));
    public static readonly RuleCode RecordNotFinal = new("record-not-final", nameof(RecordNotFinal));
    public static readonly RuleCode CorrectionUnchanged = new("correction-unchanged", nameof(CorrectionUnchanged));
    public static readonly RuleCode CorrectionDecided = new("correction-decided", nameof(CorrectionDecided));
    public static readonly RuleCode CorrectionSelfApproval = new("correction-self-approval", nameof(CorrectionSelfApproval));

    // Summaries and sign-off
    public static readonly RuleCode<int> SummaryIncomplete = new("summary-incomplete", nameof(SummaryIncomplete));
    public static readonly RuleCode SummaryChanged = new("summary-changed", nameof(SummaryChanged));
    public static readonly RuleCode SummaryAlreadySigned = new("summary-already-signed", nameof(SummaryAlreadySigned));
    public static readonly RuleCode<int> SummaryMembersFirst = new("summary-members-first", nameof(SummaryMembersFirst));

    // Publication (一公开)
    public static readonly RuleCode PublicationTaskNotClosed = new("task-not-closed", nameof(PublicationTaskNotClosed));
    public static readonly RuleCode<IReadOnlyList<string>> PublicationGroupsNotSignedOff = new("groups-not-signed-off", nameof(PublicationGroupsNotSignedOff));
    public static readonly RuleCode AlreadyPublished = new("already-published", nameof(AlreadyPublished));

    /// <summary>Every entry, in the order above.</summary>
    public static IReadOnlyList<RuleCode> All { get; } =
    [
        .. typeof(RuleCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => typeof(RuleCode).IsAssignableFrom(f.FieldType))
            .Select(f => (RuleCode)f.GetValue(null)!),
    ];
}
