using System.Text;
using Loyalty.Contracts.Segmentation;
using Loyalty.Segmentation.Engine.Rfm;

namespace Loyalty.Segmentation.Api.Domain.Segments;

/// <summary>
/// The segments every member is sorted into without an operator's rule, with the codes agreed with Campaign:
/// lifecycle layers "lifecycle-new|active|dormant" and the flags "vip", "potential-churn" (Kind Lifecycle), and the
/// RFM groups "rfm-" + the kebab-case group name (Kind Rfm).
/// </summary>
public static class BuiltInSegments
{
    public const string Vip = "vip";
    public const string PotentialChurn = "potential-churn";

    private static readonly Dictionary<LifecycleLayer, string> LayerNames = new()
    {
        [LifecycleLayer.New] = "New (新客)",
        [LifecycleLayer.Active] = "Active (活跃)",
        [LifecycleLayer.Dormant] = "Dormant (沉睡)",
    };

    private static readonly Dictionary<RfmGroup, string> GroupNames = new()
    {
        [RfmGroup.Champions] = "Champions",
        [RfmGroup.Loyal] = "Loyal",
        [RfmGroup.PotentialLoyalist] = "Potential loyalist",
        [RfmGroup.NewCustomers] = "New customers",
        [RfmGroup.Promising] = "Promising",
        [RfmGroup.NeedAttention] = "Need attention",
        [RfmGroup.AboutToSleep] = "About to sleep",
        [RfmGroup.AtRisk] = "At risk",
        [RfmGroup.CantLose] = "Can't lose",
        [RfmGroup.Hibernating] = "Hibernating",
        [RfmGroup.Lost] = "Lost",
    };

    public static IReadOnlyList<SegmentDefinition> All { get; } =
    [
        .. LayerNames.Select(l => new SegmentDefinition(CodeOf(l.Key)!, l.Value, SegmentKind.Lifecycle)),
        new(Vip, "VIP (高价值)", SegmentKind.Lifecycle),
        new(PotentialChurn, "Potential churn (潜在流失)", SegmentKind.Lifecycle),
        .. GroupNames.Select(g => new SegmentDefinition(CodeOf(g.Key), g.Value, SegmentKind.Rfm)),
    ];

    private static readonly Dictionary<string, SegmentDefinition> ByCode = All.ToDictionary(s => s.Code);

    public static SegmentDefinition? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>"lifecycle-new" etc.; null for Unlayered, which is no segment.</summary>
    public static string? CodeOf(LifecycleLayer layer) =>
        layer == LifecycleLayer.Unlayered ? null : "lifecycle-" + layer.ToString().ToLowerInvariant();

    public static string CodeOf(RfmGroup group) => "rfm-" + Kebab(group.ToString());

    /// <summary>The built-in segments of a member with these scores (none without a purchase).</summary>
    public static IEnumerable<string> CodesOf(LifecycleLayer? layer, RfmGroup? group, bool isVip, bool isPotentialChurn)
    {
        if (layer is { } l && CodeOf(l) is { } layerCode)
        {
            yield return layerCode;
        }

        if (isVip)
        {
            yield return Vip;
        }

        if (isPotentialChurn)
        {
            yield return PotentialChurn;
        }

        if (group is { } g)
        {
            yield return CodeOf(g);
        }
    }

    private static string Kebab(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
