namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// BG/NBD parameters (Fader, Hardie &amp; Lee 2005): purchase rates are Gamma(r, α) across customers, in purchases per
/// time unit of the summaries; the drop-out probability after each purchase is Beta(a, b).
/// </summary>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B);
