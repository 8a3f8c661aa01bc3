using Loyalty.Points.Api.Domain.Purchases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Points.Api.Infrastructure.Configurations;

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    /// <summary>
    /// The unique index that finds a retried refund; the code that catches its violation names it through this.
    /// </summary>
    public const string RequestIdIndex = "IX_refunds_RequestId";

    public void Configure(EntityTypeBuilder<Refund> refund)
    {
        refund.ToTable("refunds");
        refund.HasKey(r => r.Id);
        refund.HasIndex(r => r.RequestId).IsUnique().HasDatabaseName(RequestIdIndex);
        refund.HasIndex(r => r.PurchaseId);
        refund.Property(r => r.ExternalOrderId).HasMaxLength(64);
        refund.Property(r => r.Amount).HasPrecision(12, 2);
    }
}
