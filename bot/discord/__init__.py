"""Discord side of digestbot: the /digest app command, channel delivery and the bot runner.

Layers (discord.py style): ``bot.render.discord`` builds payloads (pure), ``errors`` maps
discord.py exceptions to the delivery core's, ``adapter`` is the transport, ``cog`` holds
the feature, ``client`` the Bot, ``config``/``runner`` the wiring.
"""
