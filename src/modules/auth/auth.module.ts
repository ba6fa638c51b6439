import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AuthController } from './auth.controller.js';
import { JwtAuthGuard } from './jwt-auth.guard.js';
import { JwtKey } from './jwt-key.js';
import { RolesGuard } from './roles.guard.js';
import { StartupTokens } from './startup-tokens.js';
import { TokenVerifier } from './token-verifier.js';

@Module({
  controllers: [AuthController],
  providers: [
    { provide: JwtKey, useFactory: (config: AppConfig) => new JwtKey(config), inject: [APP_CONFIG] },
    TokenVerifier,
    StartupTokens,
    // Order matters: authenticate first, then check roles.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class AuthModule {}
