"""The one home of test doubles: fake platform servers, fake services, digest builders."""
