using Loyalty.Segmentation.Api.Domain.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Segmentation.Api.Infrastructure.Configurations;

internal sealed class SegmentMemberConfiguration : IEntityTypeConfiguration<SegmentMember>
{
    public void Configure(EntityTypeBuilder<SegmentMember> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.Id);
        member.Property(m => m.Id).ValueGeneratedNever();
        member.Property(m => m.Gender).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.Tier).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.HomeStoreId).HasMaxLength(32);
        member.Property(m => m.Group).HasConversion<string>().HasMaxLength(32);
        member.Property(m => m.Layer).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.LatestNpsGroup).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.Spend).HasPrecision(14, 2);
        member.Property(m => m.ExpectedSpend).HasPrecision(14, 2);
        member.Property(m => m.Clv).HasPrecision(14, 2);
        member.HasIndex(m => m.Tags).HasMethod("gin");
        // The dashboard's and the segment listings' store filter.
        member.HasIndex(m => m.HomeStoreId);

        // Scoring one member counts the others below it on each of R, F and M, and reads the top spends.
        member.HasIndex(m => m.Spend).HasFilter("\"Purchases\" > 0");
    }
}
