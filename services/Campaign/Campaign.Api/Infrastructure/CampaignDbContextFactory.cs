using Loyalty.BuildingBlocks.Persistence;

namespace Loyalty.Campaign.Api.Infrastructure;

/// <summary>Design-time construction for dotnet ef.</summary>
internal sealed class CampaignDbContextFactory : DesignTimeDbContextFactory<CampaignDbContext>;
