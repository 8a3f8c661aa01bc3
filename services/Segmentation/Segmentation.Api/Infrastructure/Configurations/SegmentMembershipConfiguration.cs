using Loyalty.Segmentation.Api.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Segmentation.Api.Infrastructure.Configurations;

internal sealed class SegmentMembershipConfiguration : IEntityTypeConfiguration<SegmentMembership>
{
    public void Configure(EntityTypeBuilder<SegmentMembership> membership)
    {
        membership.ToTable("segment_memberships");
        membership.HasKey(m => new { m.SegmentCode, m.MemberId });
        membership.Property(m => m.SegmentCode).HasMaxLength(64);
        membership.HasIndex(m => m.MemberId);
    }
}
