using Loyalty.Notification.Api.Domain.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Notification.Api.Infrastructure.Configurations;

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
