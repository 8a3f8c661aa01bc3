using Loyalty.Segmentation.Api.Domain;
using Loyalty.Segmentation.Api.Services;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>The new fit and the recompute that predicted from it.</summary>
public sealed record RefitResponse(ModelFit Fit, RecomputeOutcome Recompute);
