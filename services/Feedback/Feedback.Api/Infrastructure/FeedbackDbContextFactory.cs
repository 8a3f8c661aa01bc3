using Loyalty.BuildingBlocks.Persistence;

namespace Loyalty.Feedback.Api.Infrastructure;

/// <summary>Design-time construction for dotnet ef.</summary>
internal sealed class FeedbackDbContextFactory : DesignTimeDbContextFactory<FeedbackDbContext>;
