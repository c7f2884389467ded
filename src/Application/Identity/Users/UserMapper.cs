using DoubleRandom.Domain.Identity;
using Riok.Mapperly.Abstractions;

namespace DoubleRandom.Application.Identity.Users;

[Mapper]
public static partial class UserMapper
{
    [MapperIgnoreSource(nameof(User.PasswordHash))]
    [MapperIgnoreSource(nameof(User.SecurityStamp))]
    public static partial UserDto ToDto(this User user);
}
