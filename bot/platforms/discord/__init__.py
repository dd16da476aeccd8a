"""Discord side of digestbot: the /digest, /feeds and /schedule app commands, channel delivery, the runner.

Layers (discord.py style): ``bot.render.discord`` builds payloads (pure), ``errors`` maps
discord.py exceptions to the delivery core's, ``adapter`` is the transport, ``cog`` holds
/digest, ``manage_cog`` /feeds and /schedule, ``client`` the Bot, ``config``/``runner`` the wiring.
"""
