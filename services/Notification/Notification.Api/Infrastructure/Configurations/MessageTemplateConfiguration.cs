using Loyalty.Notification.Api.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Notification.Api.Infrastructure.Configurations;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> template)
    {
        template.ToTable("templates");
        template.HasKey(t => new { t.Code, t.Channel, t.Language });
        template.Property(t => t.Code).HasMaxLength(64);
        template.Property(t => t.Channel).HasConversion<string>().HasMaxLength(16);
        template.Property(t => t.Language).HasMaxLength(16);
        template.Property(t => t.Subject).HasMaxLength(MessageTemplate.MaxSubjectLength);
        template.Property(t => t.Body).HasMaxLength(MessageTemplate.MaxBodyLength);
        template.HasData(DefaultTemplates.All);
    }
}
