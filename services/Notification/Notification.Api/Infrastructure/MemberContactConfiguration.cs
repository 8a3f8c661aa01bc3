using Loyalty.Notification.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Notification.Api.Infrastructure;

internal sealed class MemberContactConfiguration : IEntityTypeConfiguration<MemberContact>
{
    public void Configure(EntityTypeBuilder<MemberContact> member)
    {
        member.ToTable("members");
        member.HasKey(m => m.MemberId);
        member.Property(m => m.Name).HasMaxLength(100);
        member.Property(m => m.HomeStoreId).HasMaxLength(64);
        member.Property(m => m.Tier).HasConversion<string>().HasMaxLength(16);
    }
}
