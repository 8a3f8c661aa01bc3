namespace Loyalty.Contracts.Segmentation;

/// <summary>Where a segment comes from: an RFM group, a lifecycle layer, or an operator's rule.</summary>
public enum SegmentKind
{
    Rfm,
    Lifecycle,
    Rule,
}
