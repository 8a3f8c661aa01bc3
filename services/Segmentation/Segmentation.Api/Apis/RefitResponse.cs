using Loyalty.Segmentation.Api.Domain;
using Loyalty.Segmentation.Api.Services;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>The new fit, how many members the fit left out (data the models cannot take), and the recompute that predicted from it.</summary>
public sealed record RefitResponse(ModelFit Fit, int Skipped, RecomputeOutcome Recompute);
