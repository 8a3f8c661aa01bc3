using Loyalty.Notification.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Notification.Api.Infrastructure;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> template)
    {
        template.ToTable("templates");
        template.HasKey(t => new { t.Code, t.Channel, t.Language });
        template.Property(t => t.Code).HasMaxLength(64);
        template.Property(t => t.Channel).HasConversion<string>().HasMaxLength(16);
        template.Property(t => t.Language).HasMaxLength(16);
        template.Property(t => t.Subject).HasMaxLength(200);
        template.Property(t => t.Body).HasMaxLength(2000);
        template.HasData(DefaultTemplates.All);
    }
}
