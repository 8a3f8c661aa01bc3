using Loyalty.Campaign.Api.Domain.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Campaign.Api.Infrastructure;

internal sealed class MemberCopyConfiguration :
    IEntityTypeConfiguration<KnownMember>,
    IEntityTypeConfiguration<SegmentMembership>
{
    public void Configure(EntityTypeBuilder<KnownMember> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.MemberId);
        member.Property(m => m.HomeStoreId).HasMaxLength(64);
        // The dashboard's new members: those registered in a date range.
        member.HasIndex(m => m.RegisteredAt);
    }

    public void Configure(EntityTypeBuilder<SegmentMembership> membership)
    {
        membership.ToTable("segment_memberships");
        membership.HasKey(m => new { m.MemberId, m.SegmentCode });
        membership.Property(m => m.SegmentCode).HasMaxLength(64);
        membership.HasIndex(m => new { m.SegmentCode, m.MemberId }).HasFilter("\"IsMember\"");
    }
}
