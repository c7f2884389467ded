using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using DoubleRandom.Api.Problems;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Domain.Common;

namespace DoubleRandom.Api.UnitTests.Problems;

/// <summary>
/// Domain rules carry a catalogued code (<see cref="RuleCodes"/>); their Chinese and English texts live in one place
/// (<see cref="RuleTexts"/>); the problem's <c>code</c> is the contract clients branch on.
/// </summary>
public sealed partial class RuleTextsTests
{
    /// <summary>Every code a client may have seen before the catalogue existed; none may change or disappear.</summary>
    private static readonly string[] PublishedCodes =
    [
        "unit-retired", "unit-has-active-children", "unit-parent-cycle", "unit-parent-retired", "department-retired",
        "user-needs-role", "unknown-role", "confirmation-same-person", "confirmation-not-supervisor", "confirmation-missing",
        "confirmation-used", "confirmation-expired", "confirmation-mismatch", "target-retired", "target-referenced-by-draw",
        "target-weight-range", "target-capital-negative", "recusal-period", "recusal-note-required", "certificate-dates",
        "item-retired", "task-frozen", "task-not-draft", "task-not-drawn", "task-archived", "already-archived", "archive-open-work", "archive-task-not-closed", "archive-task-not-published", "draw-already-committed", "draw-already-executed",
        "draw-not-executed", "draw-already-revealed", "draw-not-revealed", "draw-not-sealed", "amendment-reason",
        "amendment-same-officer", "amendment-decided", "amendment-same-person", "officer-not-eligible",
        "officer-already-in-draw", "officer-conflicted", "target-not-unassigned",
        "result-category-retired", "record-times", "record-coordinates", "record-items-incomplete", "record-item-not-in-task",
        "refusal-reason-required", "refusal-witnesses", "task-closed",
        "summary-incomplete", "summary-changed", "summary-already-signed", "summary-members-first", "follow-up-transition",
        "task-not-closed", "groups-not-signed-off", "already-published",
        "record-final", "record-not-final", "correction-unchanged", "correction-decided", "correction-self-approval",
        "risk-job-running", "risk-job-finished", "risk-no-active-model", "risk-no-labelled-rows", "risk-no-validation-rows",
        "risk-model-incompatible", "risk-model-damaged", "risk-model-unweighted", "risk-one-class", "risk-job-failed",
        "risk-job-interrupted", "evaluation-report-not-ready", "evaluation-report-finished", "evaluation-report-failed",
        "evaluation-report-interrupted",
    ];

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    /// <summary>A missing placeholder leaves a value out (caught below), one too many cannot be formatted (throws).</summary>
    [Fact]
    public void Every_catalogued_rule_has_a_Chinese_and_an_English_text_with_one_placeholder_per_value()
    {
        Assert.NotEmpty(RuleCodes.All);
        foreach (var rule in RuleCodes.All)
        {
            Assert.True(RuleTexts.Has(rule), $"{rule} has no text in RuleTexts");
            var values = Enumerable.Range(0, rule.Arity).Select(i => (object?)$"v{i}").ToArray();
            var chinese = RuleTexts.Format(rule, values, english: false);
            var english = RuleTexts.Format(rule, values, english: true);
            Assert.Matches(Chinese(), chinese);
            Assert.DoesNotMatch(Chinese(), english);
            Assert.All(values, v => Assert.Contains((string)v!, chinese, StringComparison.Ordinal));
            Assert.All(values, v => Assert.Contains((string)v!, english, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_codes_clients_depend_on_are_exactly_the_catalogued_ones()
    {
        Assert.Equal(
            PublishedCodes.Order(StringComparer.Ordinal),
            RuleCodes.All.Select(r => r.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Every Rule.Check names a catalogued rule: the checks take a <see cref="RuleCode"/>, which only the catalogue can
    /// create, and the exception has no public way to carry a free-form code.
    /// </summary>
    [Fact]
    public void Rule_checks_and_the_exception_take_only_catalogued_rules()
    {
        var checks = typeof(Rule).GetMethods(BindingFlags.Public | BindingFlags.Static);
        Assert.NotEmpty(checks);
        Assert.All(checks, m => Assert.Contains(m.GetParameters(),
            p => p.ParameterType == typeof(RuleCode) || p.ParameterType.IsSubclassOf(typeof(RuleCode))));
        Assert.Empty(typeof(RuleCode).Assembly.GetTypes()
            .Where(t => typeof(RuleCode).IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)));
        Assert.DoesNotContain(typeof(BusinessRuleViolationException).GetConstructors(),
            c => c.GetParameters() is [{ Name: "code" }, ..]);
    }

    [Theory]
    [InlineData("zh-CN", "检查对象 T-1 已被 2 次抽取引用，不能删除，请改为注销")]
    [InlineData("en", "Target T-1 is referred to by 2 draw(s); retire it instead.")]
    public void A_broken_rule_is_a_409_problem_with_its_code_and_its_text_in_the_requests_language(string culture, string detail)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var broken = Assert.Throws<BusinessRuleViolationException>(() => Rule.Check(false, RuleCodes.TargetReferencedByDraw, "T-1", 2));
            var problem = ExceptionProblemHandler.Map(broken);
            Assert.Equal(409, problem.Status);
            Assert.Equal("target-referenced-by-draw", problem.Extensions["code"]);
            Assert.Equal(detail, problem.Detail);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData(false, "替换人员与本组检查对象存在回避关系：A、B")]
    [InlineData(true, "The replacement must recuse from a target of this group: A, B")]
    public void A_list_of_values_is_joined_in_the_languages_way(bool english, string text) =>
        Assert.Equal(text, RuleTexts.Format(RuleCodes.ReplacementConflicted, [new[] { "A", "B" }], english));
}
