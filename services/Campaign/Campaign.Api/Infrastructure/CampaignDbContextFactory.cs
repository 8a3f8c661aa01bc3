using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Loyalty.Campaign.Api.Infrastructure;

/// <summary>For `dotnet ef migrations add`: the model needs no live database.</summary>
internal sealed class CampaignDbContextFactory : IDesignTimeDbContextFactory<CampaignDbContext>
{
    public CampaignDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CampaignDbContext>().UseNpgsql("Host=localhost;Database=campaigndb").Options);
}
