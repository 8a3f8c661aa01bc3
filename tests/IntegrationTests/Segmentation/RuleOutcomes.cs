using Loyalty.Segmentation.Api.Application;

namespace Loyalty.IntegrationTests.Segmentation;

/// <summary>The numbers of a rule's preview or save, failing the test when it ended otherwise.</summary>
internal static class RuleOutcomes
{
    public static int Members(this RuleOutcome outcome) => Assert.IsType<RuleOutcome.Counted>(outcome).Members;

    public static int Size(this RuleOutcome outcome) => Assert.IsType<RuleOutcome.Saved>(outcome).Size;
}
