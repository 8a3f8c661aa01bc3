using Loyalty.Points.Api.Domain.Redemptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Points.Api.Infrastructure.Configurations;

internal sealed class RedemptionConfiguration : IEntityTypeConfiguration<Redemption>
{
    /// <summary>
    /// The unique index that finds a retried redemption; the code that catches its violation names it through this.
    /// </summary>
    public const string RedemptionRequestIdIndex = "IX_redemptions_RequestId";

    public void Configure(EntityTypeBuilder<Redemption> redemption)
    {
        redemption.ToTable("redemptions");
        redemption.HasKey(r => r.Id);
        redemption.HasIndex(r => r.RequestId).IsUnique().HasDatabaseName(RedemptionRequestIdIndex);
        redemption.HasIndex(r => new { r.MemberId, r.RedeemedAt });
    }
}
