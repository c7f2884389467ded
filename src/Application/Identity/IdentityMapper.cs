using DoubleRandom.Application.Identity.Users;
using DoubleRandom.Domain.Identity;
using Riok.Mapperly.Abstractions;

namespace DoubleRandom.Application.Identity;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class IdentityMapper
{
    [MapperIgnoreSource(nameof(User.PasswordHash))]
    [MapperIgnoreSource(nameof(User.SecurityStamp))]
    public static partial UserDto ToDto(this User user);
}
